namespace SamePage.Web;

/// <summary>Marker for the UI's shared resource file (Resources/SharedResource.de.resx); English text is the key.</summary>
public sealed class SharedResource;
