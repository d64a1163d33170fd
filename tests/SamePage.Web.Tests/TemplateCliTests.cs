using System.CommandLine;
using SamePage.Cli;
using SamePage.Cli.Commands;
using SamePage.Core.Values;

namespace SamePage.Web.Tests;

/// <summary>Every template passes `samepage model validate` (exit 0) and a broken copy of one fails it (exit 2).</summary>
public sealed class TemplateCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("samepage-templates").FullName;

    private static Task<int> ValidateAsync(string file)
    {
        var root = new RootCommand { ModelCommand.Create() };
        root.Options.Add(CliOptions.Database);
        return CliRunner.RunAsync(root, ["model", "validate", file]);
    }

    [Fact]
    public async Task Every_template_passes_model_validate()
    {
        foreach (var id in ValueModelTemplates.Ids)
        {
            var file = Path.Combine(_dir, id + ".json");
            await File.WriteAllTextAsync(file, ValueModelTemplates.ReadJson(id));
            Assert.Equal(ExitCodes.Ok, await ValidateAsync(file));
        }
        var broken = Path.Combine(_dir, "broken.json");
        await File.WriteAllTextAsync(broken, ValueModelTemplates.ReadJson("msp-managed-service").Replace("\"formula\": \"certificationCost\"", "\"formula\": \"certificationCosts\"", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.BadInput, await ValidateAsync(broken));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
