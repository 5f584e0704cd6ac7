using System.CommandLine;

namespace Snapback.Cli.Serve;

/// <summary><c>snapback serve [--urls …]</c>: the HTTP API and analyst UI over the same store.</summary>
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
        command.SetAction(static (_, _) =>
        {
            Console.Error.WriteLine("snapback serve: the service is not built into this version yet");
            return Task.FromResult(1);
        });
        return command;
    }
}
