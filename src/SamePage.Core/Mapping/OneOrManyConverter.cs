using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Mapping;

/// <summary>Reads "Amount" or ["Amount", "Betrag"] as a list; writes one name as a string.</summary>
internal sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected a column name or a list of names");
        }

        var names = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || names.Count >= MappingLimits.MaxAlternatives)
            {
                throw new JsonException($"expected at most {MappingLimits.MaxAlternatives} column names");
            }

            names.Add(reader.GetString()!);
        }

        return names;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var name in value)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}
