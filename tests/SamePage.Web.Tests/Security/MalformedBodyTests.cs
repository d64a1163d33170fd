using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Sweeps every POST and PUT operation of the OpenAPI document with malformed bodies: each answer is problem details
/// (400, 404, 409, 413, 415 or 422) that say what is wrong, never a 500, a bare "Bad Request" or an HTML page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class MalformedBodyTests(AppFixture apps)
{
    private static readonly HashSet<HttpStatusCode> s_refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity];

    /// <summary>Broken JSON, the wrong JSON type, wrong field types, and nothing at all.</summary>
    private static readonly (string Name, string Body)[] s_bodies =
    [
        ("truncated", "{\"name\": \"x\", "),
        ("array", "[1, 2, 3]"),
        ("wrong types", "{\"name\": 12345, \"solution\": [1], \"status\": {\"a\": 1}, \"startDate\": \"not a date\", \"costOneOff\": \"lots\", \"answers\": 7, \"model\": 3}"),
        ("empty", ""),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_write_operation_refuses_malformed_bodies_with_a_reason(string provider)
    {
        var app = apps[provider];
        using var client = await app.TokenClientAsync(TestApp.AdminEmail);
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var failures = new List<string>();
        var swept = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put"))
            {
                var url = Parameter().Replace(path.Name, m => m.Groups[1].Value switch
                {
                    "kind" => "deals",
                    "table" => "partners",
                    "format" => "csv",
                    _ => "1",
                });
                foreach (var (name, body) in s_bodies)
                {
                    swept++;
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    var optional = !(operation.Value.TryGetProperty("requestBody", out var requestBody)
                        && requestBody.TryGetProperty("required", out var required) && required.GetBoolean());
                    if (Verdict(response, text, name, url, optional) is { } problem)
                    {
                        failures.Add($"{operation.Name.ToUpperInvariant()} {url} with {name} body: {problem}");
                    }
                }
            }
        }

        Assert.True(swept >= 100, $"only {swept} requests swept");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string? Verdict(HttpResponseMessage response, string text, string bodyName, string url, bool optionalBody)
    {
        // An optional body may be left out: the defaults apply (e.g. an analysis of a stored model).
        if (bodyName == "empty" && optionalBody && response.IsSuccessStatusCode)
        {
            return null;
        }

        // Imports answer with their own row-level report (docs/import-formats.md): file, line, column and reason per issue.
        if (url.Contains("/imports/", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("issues").GetArrayLength() > 0 ? null : "an import refused without issues";
        }

        // The validator answers every model, invalid ones included, with 200 and its errors (docs/api.md).
        if (url.EndsWith("/validate", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK)
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("valid").GetBoolean() ? "a malformed model is valid" : null;
        }

        if (!s_refusals.Contains(response.StatusCode))
        {
            return $"{(int)response.StatusCode} {Shorten(text)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{(int)response.StatusCode} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Shorten(text)}";
        }

        var problem = JsonDocument.Parse(text).RootElement;
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
        var hasErrors = problem.TryGetProperty("errors", out var e) && e.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Count(e) > 0;
        if (string.IsNullOrWhiteSpace(detail) && !hasErrors)
        {
            return $"{(int)response.StatusCode} without detail or errors: {Shorten(text)}";
        }

        // Broken JSON says where it broke.
        if (bodyName == "truncated" && response.StatusCode == HttpStatusCode.BadRequest && !hasErrors && detail is not null
            && !detail.Contains("line", StringComparison.OrdinalIgnoreCase))
        {
            return $"malformed JSON without its position: {detail}";
        }

        return null;
    }

    private static int Count(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : element.EnumerateObject().Count();

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
