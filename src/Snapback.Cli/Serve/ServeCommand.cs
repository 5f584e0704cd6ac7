using System.CommandLine;
using Snapback.Api;
using Snapback.Cli.Hosting;

namespace Snapback.Cli.Serve;

/// <summary>
/// <c>snapback serve [--urls …]</c>: the HTTP API, its OpenAPI document and the analyst UI over the same store the other commands
/// use. An empty store first gets the bundled lists, as for <c>screen</c>.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on (default http://127.0.0.1:5080)",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Start the HTTP API and the analyst web UI") { Urls };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var database = parse.GetValue(CliOptions.Database);
        var store = await CliSession.OpenStoreAsync(database, cancellationToken);
        await CliSession.EnsureListsAsync(store, cancellationToken);
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await SnapbackHost.RunAsync(["--urls", parse.GetValue(Urls)!, "--Snapback:Database", CliOptions.DatabaseTarget(database)], cancellationToken);
        return 0;
    }
}
