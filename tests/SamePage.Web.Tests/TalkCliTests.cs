using System.CommandLine;
using System.Text.Json;
using SamePage.Cli;
using SamePage.Cli.Commands;

namespace SamePage.Web.Tests;

/// <summary>`samepage talk check|evaluate` through the real command tree and runner (exit codes as a pipeline sees them).</summary>
public sealed class TalkCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("samepage-talk-cli").FullName;

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var root = new RootCommand { TalkCommand.Create(output) };
        root.Options.Add(CliOptions.Database);
        var code = await CliRunner.RunAsync(root, args);
        return (code, output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task The_gate_fails_with_exit_1_below_the_minimum_business_share()
    {
        // One product and one business sentence: share 0.5.
        var file = Write("update.txt", "Version 5.2 bringt Deduplizierung für Microsoft 365.\n\nIhre Marge steigt ab März auf 30 %.\n");
        var (failed, json) = await RunAsync("talk", "check", file, "--format", "json");
        Assert.Equal(ExitCodes.CheckFailed, failed);
        var analysis = JsonDocument.Parse(json).RootElement;
        Assert.Equal(JsonValueKind.Object, analysis.ValueKind);
        Assert.Equal("update.txt", analysis.GetProperty("file").GetString());
        Assert.Equal(0.5, analysis.GetProperty("businessShare").GetDouble());
        foreach (var property in new[] { "language", "label", "congruence", "readability", "sentences", "suggestions" })
        {
            Assert.True(analysis.TryGetProperty(property, out _), property);
        }

        Assert.Equal(ExitCodes.Ok, (await RunAsync("talk", "check", file, "--min-business", "0.5")).Code);
        var (code, text) = await RunAsync("talk", "check", file);
        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("FAIL", text, StringComparison.Ordinal);
        Assert.Contains("product ", text, StringComparison.Ordinal);
        Assert.Contains("cues: Ihre (partner-centric), Marge (partner-money)", text, StringComparison.Ordinal);
        // Without --solution there is no value-model figure to fill a rewrite with, so no suggestion is printed.
        Assert.DoesNotContain("suggestion for", text, StringComparison.Ordinal);

        // Several files: an array; the gate fails when any message is below.
        var good = Write("good.txt", "Your margin rises to 25 % from April.");
        var (both, array) = await RunAsync("talk", "check", good, file, "--format", "json");
        Assert.Equal(ExitCodes.CheckFailed, both);
        Assert.Equal(2, JsonDocument.Parse(array).RootElement.GetArrayLength());
        Assert.Equal(ExitCodes.Ok, (await RunAsync("talk", "check", good)).Code);
    }

    [Fact]
    public async Task Bad_input_exits_with_2()
    {
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check", Path.Combine(_dir, "missing.txt"))).Code);
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check", Write("x.xyz", "text"))).Code);
        var file = Write("ok.txt", "Your margin rises to 25 % from April.");
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check", file, "--min-business", "1.5")).Code);
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check", file, "--format", "xml")).Code);
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check", file, "--segment", "MSP")).Code);
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "check")).Code);
    }

    [Fact]
    public async Task Per_line_mode_numbers_every_non_empty_line()
    {
        var file = Write("lines.txt", "The new dashboard supports dark mode.\n\nYour margin rises to 25 % from April.\nJoin our webinar on 12 May.\n");
        var (code, json) = await RunAsync("talk", "check", file, "--per-line", "--format", "json");
        // Line 1 is product talk (share 0): the gate fails.
        Assert.Equal(ExitCodes.CheckFailed, code);
        var lines = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 3, 4], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal(["product", "business", "neutral"], lines.Select(l => l.GetProperty("label").GetString()));
        Assert.All(lines, l => Assert.Equal("lines.txt", l.GetProperty("file").GetString()));
        // The event reminder has nothing to judge: its share is null.
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("businessShare").ValueKind);
    }

    [Fact]
    public async Task Evaluate_reports_per_label_scores_and_rejects_malformed_lines_with_their_number()
    {
        var corpus = Write("corpus.tsv", "business\ten\tYour margin rises to 25 % from April.\nproduct\ten\tThe new dashboard supports dark mode.\nneutral\ten\tJoin our webinar on 12 May.\n");
        var (code, json) = await RunAsync("talk", "evaluate", corpus, "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal(3, report.GetProperty("count").GetInt32());
        Assert.Equal(1.0, report.GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, report.GetProperty("binaryAccuracy").GetDouble());
        Assert.Equal(4, report.GetProperty("labels").GetArrayLength());
        Assert.Equal(4, report.GetProperty("confusion").GetProperty("rows").GetArrayLength());
        var (_, text) = await RunAsync("talk", "evaluate", corpus);
        Assert.Contains("precision", text, StringComparison.Ordinal);

        var bad = Write("bad.tsv", "business\ten\tYour margin rises.\nbusiness en only two\n");
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "evaluate", bad)).Code);
        var badLabel = Write("bad2.tsv", "business\ten\tYour margin rises.\n\nsales\ten\tx\n");
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("talk", "evaluate", badLabel)).Code);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
