using System.Text.Json.Serialization;

namespace SamePage.Core.Values;

/// <summary>Source-generated System.Text.Json metadata for the value-model file format and the analysis reports.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ValueModelDocument))]
public sealed partial class ValueModelJsonContext : JsonSerializerContext;

/// <summary>Source-generated metadata for the CLI/API report records; nulls are written so every field is always present.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(SensitivityReport))]
[JsonSerializable(typeof(SimulationReport))]
public sealed partial class ValueModelReportJsonContext : JsonSerializerContext;
