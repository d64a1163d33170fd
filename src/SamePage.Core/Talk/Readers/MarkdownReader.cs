using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SamePage.Core.Talk.Readers;

/// <summary>Markdown via Markdig: headings, list items as bullets, paragraphs; code blocks are skipped.</summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TalkDocument Read(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var builder = new TalkTextBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is CodeBlock || leaf.Inline is null)
            {
                continue;
            }

            var text = InlineText(leaf.Inline);
            if (leaf is HeadingBlock)
            {
                builder.Add(TalkBlockKind.Heading, text);
            }
            else if (IsInList(leaf))
            {
                builder.Add(TalkBlockKind.Bullet, text);
            }
            else
            {
                builder.Add(TalkBlockKind.Paragraph, text);
            }
        }

        return builder.Build("markdown");
    }

    private static bool IsInList(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListItemBlock)
            {
                return true;
            }
        }

        return false;
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline link:
                sb.Append(link.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, sb);
                }

                break;
            default:
                break;
        }
    }
}
