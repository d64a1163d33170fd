using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SamePage.Core.Talk.Readers;

/// <summary>
/// Visible text of HTML via AngleSharp: script, style, head and hidden elements are skipped; h1–h6 are
/// headings, li are bullets, other block elements are paragraphs (br lines keep their line structure).
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> _skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select", "button",
    };

    private static readonly HashSet<string> _blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "td", "th", "tr", "table", "blockquote", "section", "article", "header", "footer", "main", "aside", "nav",
        "dd", "dt", "dl", "figcaption", "pre", "address", "ul", "ol", "center", "form", "fieldset", "hr", "body",
    };

    public static TalkDocument Read(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var builder = new TalkTextBuilder();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, builder, current, TalkBlockKind.Paragraph);
        Flush(builder, current, TalkBlockKind.Paragraph);
        return builder.Build("html");
    }

    private static void Walk(INode node, TalkTextBuilder builder, StringBuilder current, TalkBlockKind kind)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element || _skipped.Contains(element.LocalName) || IsHidden(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                current.Append('\n');
                continue;
            }

            var childKind = name switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => TalkBlockKind.Heading,
                "li" => TalkBlockKind.Bullet,
                _ => (TalkBlockKind?)null,
            };

            if (childKind is { } k)
            {
                Flush(builder, current, kind);
                Walk(element, builder, current, k);
                Flush(builder, current, k);
            }
            else if (_blocks.Contains(name))
            {
                Flush(builder, current, kind);
                Walk(element, builder, current, kind == TalkBlockKind.Bullet ? TalkBlockKind.Paragraph : kind);
                Flush(builder, current, kind);
            }
            else
            {
                if (name == "img" && element.GetAttribute("alt") is { Length: > 0 } alt && current.Length > 0)
                {
                    current.Append(' ').Append(alt).Append(' ');
                }

                Walk(element, builder, current, kind);
            }
        }
    }

    private static void Flush(TalkTextBuilder builder, StringBuilder current, TalkBlockKind kind)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = current.ToString();
        current.Clear();
        if (kind == TalkBlockKind.Paragraph && text.Contains('\n', StringComparison.Ordinal))
        {
            builder.AddPlain(NormaliseLines(text));
        }
        else
        {
            builder.Add(kind, text);
        }
    }

    /// <summary>Source-code whitespace inside a line collapses; br line breaks stay.</summary>
    private static string NormaliseLines(string text)
    {
        var lines = text.Split('\n').Select(TalkTextBuilder.CollapseWhitespace);
        return string.Join('\n', lines);
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
