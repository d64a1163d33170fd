using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class OpenApiDocumentTests(AppFixture apps)
{
    [Fact]
    public async Task Every_operation_documents_a_typed_success_response()
    {
        using var client = new HttpClient { BaseAddress = apps["sqlite"].BaseAddress };
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var untyped = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToList();
                var typed = responses.Any(r => r.Name == "204"
                    || (r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any()));
                if (!typed)
                {
                    untyped.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        Assert.True(operations > 60, $"only {operations} operations");
        Assert.True(untyped.Count == 0, $"{untyped.Count} of {operations} operations without a typed success response:\n{string.Join("\n", untyped)}");
    }
}
