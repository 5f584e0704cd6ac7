using System.CommandLine;
using Snapback.Cli;
using Snapback.Cli.Alerts;
using Snapback.Cli.Audit;
using Snapback.Cli.Customers;
using Snapback.Cli.Keys;
using Snapback.Cli.Evaluation;
using Snapback.Cli.Lists;
using Snapback.Cli.Ownership;
using Snapback.Cli.Monitor;
using Snapback.Cli.Scan;
using Snapback.Cli.Screen;
using Snapback.Cli.Serve;
using Snapback.Cli.Webhooks;

if (Console.IsOutputRedirected)
{
    // Piped or captured output has no terminal width; tables and hit lines should not wrap at 80 columns there.
    Spectre.Console.AnsiConsole.Profile.Width = 160;
}

var root = new RootCommand("Snapback: screen names, customer files and payment parties against the official sanctions lists.");
root.Options.Add(CliOptions.Database);
root.Options.Add(CliOptions.As);
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(ListsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CustomersCommand.Create());
root.Subcommands.Add(AlertsCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(WebhooksCommand.Create());
root.Subcommands.Add(OwnershipCommand.Create());
root.Subcommands.Add(MonitorCommand.Create());
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Snapback.Screening.Cases.CaseRuleException refused)
{
    // A rule every entry point shares (role, four eyes, state): nothing was written.
    Console.Error.WriteLine("snapback: refused: " + refused.Message);
    return 4;
}
catch (Exception error) when (error is ArgumentException or InvalidOperationException or Snapback.Lists.Formats.ListFormatException or IOException)
{
    // Bad input and unusable stores are the user's to fix: say what is wrong, without a stack trace.
    Console.Error.WriteLine("snapback: " + error.Message);
    return 2;
}
