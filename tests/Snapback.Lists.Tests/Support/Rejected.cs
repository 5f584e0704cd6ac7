using Snapback.Lists.Formats;

namespace Snapback.Lists.Tests.Support;

/// <summary>What the hostile-input tests of every format check: the file is refused, and the message names it and the problem.</summary>
internal static class Rejected
{
    /// <summary>The error page a list server sends in place of the file.</summary>
    public const string HtmlPage =
        "<!DOCTYPE html>\r\n<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>\r\n";

    public static void By(IListFormat format, string path, string problem)
    {
        var error = Assert.Throws<ListFormatException>(() => format.Parse(path));
        Assert.StartsWith(Path.GetFileName(path) + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.OrdinalIgnoreCase);
    }
}
