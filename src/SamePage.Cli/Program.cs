using System.CommandLine;
using SamePage.Cli;
using SamePage.Cli.Commands;

var root = new RootCommand("SamePage: the partner business value of each solution, shared by vendor and partners.");
root.Options.Add(CliOptions.Database);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(SolutionCommand.Create());
root.Subcommands.Add(ParticipantCommand.Create());
root.Subcommands.Add(ModelCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ActualsCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(SurveyCommand.Create());
root.Subcommands.Add(PerceptionCommand.Create());
root.Subcommands.Add(MeasuresCommand.Create());
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(TalkCommand.Create());

return await CliRunner.RunAsync(root, args);
