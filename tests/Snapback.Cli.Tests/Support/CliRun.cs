using System.Diagnostics;

namespace Snapback.Cli.Tests.Support;

/// <summary>Runs the real snapback binary (or a shell command line) as a process with its own store file.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "snapback-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    private static readonly Lazy<Task<string>> BundledTemplate = new(CreateBundledTemplateAsync);

    /// <summary>A run whose store already holds the bundled lists, copied from one import made for the whole test run.</summary>
    public static async Task<CliRun> WithBundledListsAsync()
    {
        var template = await BundledTemplate.Value;
        var run = new CliRun();
        foreach (var file in Directory.EnumerateFiles(template))
        {
            File.Copy(file, Path.Combine(run.Folder, Path.GetFileName(file)));
        }

        return run;
    }

    private static async Task<string> CreateBundledTemplateAsync()
    {
        var template = new CliRun();
        var result = await template.SnapbackAsync("lists", "status");
        Assert.True(result.ExitCode == 0, result.ToString());
        return template.Folder;
    }

    public string Database => Path.Combine(Folder, "snapback.db");

    public static string Binary => Path.Combine(AppContext.BaseDirectory, "snapback.dll");

    public Task<Result> SnapbackAsync(params string[] args) => RunAsync("dotnet", [Binary, "--db", Database, .. args], Folder);

    /// <summary>Runs snapback on <paramref name="database"/> (a file or a PostgreSQL connection string).</summary>
    public Task<Result> SnapbackOnAsync(string database, params string[] args) => RunAsync("dotnet", [Binary, "--db", database, .. args], Folder);

    /// <summary>Starts snapback on <paramref name="database"/> and returns the running process, its output drained, for a test to kill.</summary>
    public System.Diagnostics.Process Start(string database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var arg in (string[])[Binary, "--db", database, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public Task<Result> ShellAsync(string commandLine, string workingDirectory) => RunAsync("bash", ["-c", commandLine], workingDirectory);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing its database; the temp folder is cleaned by the OS.
        }
    }

    private async Task<Result> RunAsync(string fileName, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SNAPBACK_DB"] = Database;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
