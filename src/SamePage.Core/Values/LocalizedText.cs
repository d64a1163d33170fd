using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Values;

/// <summary>A text in English and German. In JSON an object <c>{"en": "...", "de": "..."}</c>; a plain string is read as English.</summary>
[JsonConverter(typeof(LocalizedTextConverter))]
public sealed record LocalizedText(string? En, string? De)
{
    /// <summary>The text for a language ("de" or anything else for English), falling back to the other language.</summary>
    public string? For(string language) =>
        string.Equals(language, "de", StringComparison.OrdinalIgnoreCase) ? De ?? En : En ?? De;
}

/// <summary>Reads a label either as an object with en/de or as a plain string; always writes the object form.</summary>
public sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return new LocalizedText(reader.GetString(), null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A text must be a string or an object with \"en\" and \"de\".");
        }

        string? en = null;
        string? de = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed text object.");
            }

            var language = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? null
                : reader.TokenType == JsonTokenType.String ? reader.GetString()
                : throw new JsonException($"The \"{language}\" text must be a string.");
            switch (language)
            {
                case "en":
                    en = value;
                    break;
                case "de":
                    de = value;
                    break;
                default:
                    // Other languages are not part of the format yet; ignore them rather than reject the file.
                    break;
            }
        }

        return new LocalizedText(en, de);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.En is not null)
        {
            writer.WriteString("en", value.En);
        }

        if (value.De is not null)
        {
            writer.WriteString("de", value.De);
        }

        writer.WriteEndObject();
    }
}
