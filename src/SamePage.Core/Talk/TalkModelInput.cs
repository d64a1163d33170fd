namespace SamePage.Core.Talk;

/// <summary>ML.NET input row: the sentence (prefixed with its language), the label and an example weight.</summary>
internal sealed class TalkModelInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;

    public static string Compose(string sentence, string language) => $"__{language}__ {sentence}";
}
