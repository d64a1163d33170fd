namespace SamePage.Core.Perception;

/// <summary>A text in English and German (the UI's two languages).</summary>
public sealed record LocalizedText(string En, string De)
{
    /// <summary>The text for a language code ("de", "de-DE" → German; anything else English).</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? De : En;
}
