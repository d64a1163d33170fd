using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Web.Reports;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage report partner|partners|summary`: PDF reports for one partner, every partner, or management.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "PDF reports: a partner's business value report, all partners of a solution, or the management summary.");
        command.Subcommands.Add(Partner());
        command.Subcommands.Add(Partners());
        command.Subcommands.Add(Summary());
        return command;
    }

    private static Option<string> Solution() => new("--solution") { Description = "Solution name or id.", Required = true };

    private static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "Report language: de or en.",
        DefaultValueFactory = _ => "en",
    }.OnlyFrom("de", "en");

    private static Command Partner()
    {
        var partner = new Option<string>("--partner") { Description = "The partner's external id.", Required = true };
        var solution = Solution();
        var lang = Language();
        var output = new Option<FileInfo>("--out") { Description = "PDF file to write.", Required = true };
        var command = new Command("partner", "The business value report of one partner for one solution.") { partner, solution, lang, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var pdf = await host.Services.GetRequiredService<PartnerReportService>()
                .RenderAsync(parse.GetValue(partner)!, parse.GetValue(solution)!, ReportLanguage.Parse(parse.GetValue(lang))!, cancellationToken)
                ?? throw new CliInputException($"No partner '{parse.GetValue(partner)}' or no solution '{parse.GetValue(solution)}'.");
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, pdf, cancellationToken);
            Console.WriteLine($"Wrote {file.FullName} ({pdf.Length / 1024.0:0} KB).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Partners()
    {
        var solution = Solution();
        var segment = new Option<string?>("--segment") { Description = "Only partners of this segment." };
        var lang = Language();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the PDFs (one per partner: EXTERNALID-SOLUTION-LANG.pdf).", Required = true };
        var workers = new Option<int?>("--workers") { Description = "Parallel renderers (default: one per core)." };
        var command = new Command("partners", "Business value reports for every partner of a solution that has deals or costs in the last 12 months.") { solution, segment, lang, output, workers };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var batch = host.Services.GetRequiredService<PartnerReportBatch>();
            var directory = parse.GetValue(output)!.FullName;
            PartnerReportBatchResult? result = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Partner reports", maxValue: 1);
                    result = await batch.RenderAllAsync(parse.GetValue(solution)!, parse.GetValue(segment), ReportLanguage.Parse(parse.GetValue(lang))!, directory,
                        (done, total) =>
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.Value = done;
                        },
                        parse.GetValue(workers), cancellationToken);
                });
            Console.WriteLine($"Wrote {result!.Reports:N0} reports to {directory} in {result.Elapsed.TotalSeconds:0.0} s ({result.MillisecondsPerReport:0} ms per report; {result.Setup.TotalSeconds:0.0} s of it reading the shared data).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Summary()
    {
        var solution = Solution();
        var segment = new Option<string?>("--segment") { Description = "Segment (default: the solution's value-model segment)." };
        var lang = Language();
        var output = new Option<FileInfo>("--out") { Description = "PDF file to write.", Required = true };
        var command = new Command("summary", "The management summary of a solution and segment: planned vs factual value, target, distribution, inputs, top and bottom partners.") { solution, segment, lang, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var pdf = await host.Services.GetRequiredService<VendorSummaryReport>()
                .RenderAsync(parse.GetValue(solution)!, parse.GetValue(segment), ReportLanguage.Parse(parse.GetValue(lang))!, cancellationToken)
                ?? throw new CliInputException($"No solution '{parse.GetValue(solution)}'.");
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, pdf, cancellationToken);
            Console.WriteLine($"Wrote {file.FullName} ({pdf.Length / 1024.0:0} KB).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> OnlyFrom(this Option<string> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
