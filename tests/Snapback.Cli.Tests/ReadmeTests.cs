using System.Text.RegularExpressions;
using Snapback.Cli.Tests.Support;
using Snapback.Tests;

namespace Snapback.Cli.Tests;

/// <summary>The README's first command must work as written: it is what a new user types.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public async Task FirstCommand_AsWritten_ScreensAgainstTheBundledLists()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"), TestContext.Current.CancellationToken);
        var first = FirstBashBlock().Match(readme).Groups["command"].Value.Trim();
        Assert.StartsWith("./snapback screen ", first, StringComparison.Ordinal);

        using var run = new CliRun();
        var result = await run.ShellAsync(first, RepoPaths.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("First use: importing the bundled lists", result.Error, StringComparison.Ordinal);
        Assert.Contains("PUTIN", result.Output, StringComparison.Ordinal);
        Assert.Contains("ofac:35096", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCommand_IsWhatCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var blocks = FirstBashBlock().Matches(readme).Select(m => m.Groups["command"].Value.Trim()).ToList();
        var ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        Assert.Contains(blocks[1], ci, StringComparison.Ordinal);
    }

    [GeneratedRegex("```bash\\n(?<command>[^\\n]+)\\n```")]
    private static partial Regex FirstBashBlock();
}
