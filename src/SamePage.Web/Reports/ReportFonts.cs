using PdfSharp.Fonts;

namespace SamePage.Web.Reports;

/// <summary>
/// Fonts for PDF reports: DejaVu Sans (regular and bold) from Debian's fonts-dejavu-core, embedded in every PDF so
/// German umlauts and the euro sign print everywhere. PDFsharp's font resolver is process-wide, so it is set once.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _faces;

    private ReportFonts(Dictionary<string, byte[]> faces) => _faces = faces;

    /// <summary>Sets the resolver (once per process); throws with what to install when the font files are missing.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is ReportFonts)
            {
                return;
            }
            var directory = Environment.GetEnvironmentVariable("SAMEPAGE_FONT_DIR") is { Length: > 0 } custom ? custom : DefaultDirectory;
            var faces = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var face in new[] { Regular, Bold })
            {
                var path = Path.Combine(directory, face + ".ttf");
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException(
                        $"PDF reports need the font {path}: install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core) or set SAMEPAGE_FONT_DIR to a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf.");
                }
                faces[face] = File.ReadAllBytes(path);
            }
            GlobalFontSettings.FontResolver = new ReportFonts(faces);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every family maps to DejaVu Sans: reports use one family; italic is simulated by PDFsharp.
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;
}
