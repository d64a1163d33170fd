using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Mapping;

/// <summary>Reads and writes <c>samepage.mapping/1</c> documents; a malformed one is an error that names the JSON path.</summary>
public static class MappingJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        WriteIndented = true,
        MaxDepth = 16,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    public static ImportMappingDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MappingLimits.MaxDocumentBytes)
        {
            throw new ImportMappingException($"A mapping is at most {MappingLimits.MaxDocumentBytes / 1024} KB.");
        }

        try
        {
            var document = JsonSerializer.Deserialize<ImportMappingDocument>(json, s_options)
                ?? throw new ImportMappingException("The mapping is empty (null).");
            if (document.Columns is null)
            {
                throw new ImportMappingException("The mapping has no columns.");
            }

            // Element nullability of lists is not checked by the serializer.
            foreach (var (name, source) in document.Columns)
            {
                if (source is null || source.Join?.Any(j => j is null) == true || source.Column?.Any(c => c is null) == true)
                {
                    throw new ImportMappingException($"The mapping's columns.{name} holds null where a column name belongs.");
                }
            }

            if (document.DateFormats?.Any(f => f is null) == true || document.Currency?.Rates?.Any(r => r is null || r.From is null || r.To is null) == true)
            {
                throw new ImportMappingException("The mapping holds null where a date format or a currency rate belongs.");
            }

            return document;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1} ({e.Path ?? "$"})" : e.Path ?? "$";
            throw new ImportMappingException($"The mapping is not valid {ImportMappingDocument.CurrentFormat} JSON at {where}: {FirstLine(e.Message)}", e);
        }
    }

    public static string Write(ImportMappingDocument document) => JsonSerializer.Serialize(document, s_options);

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
