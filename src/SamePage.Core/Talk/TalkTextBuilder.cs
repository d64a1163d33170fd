using System.Text;

namespace SamePage.Core.Talk;

/// <summary>Builds a <see cref="TalkDocument"/> block by block; blocks are separated by a blank line.</summary>
internal sealed class TalkTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TalkBlock> _blocks = [];

    public void Add(TalkBlockKind kind, string text)
    {
        var cleaned = CollapseWhitespace(text);
        if (cleaned.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        var start = _text.Length;
        _text.Append(cleaned);
        _blocks.Add(new TalkBlock(kind, start, _text.Length));
    }

    /// <summary>Adds plain text whose structure (paragraphs, bullets, headings) is inferred from its lines.</summary>
    public void AddPlain(string text)
    {
        var plain = TalkPlainText.Parse(text, "text");
        foreach (var block in plain.Blocks)
        {
            Add(block.Kind, plain.Text[block.Start..block.End]);
        }
    }

    public TalkDocument Build(string format) => new(_text.ToString(), _blocks, format);

    internal static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
