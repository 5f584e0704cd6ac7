namespace Snapback.Lists.Formats;

/// <summary>A list file that cannot be read as the format it claims: the message names the file and the problem.</summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, string problem, Exception? inner = null)
        : base($"{Path.GetFileName(file)}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The file that was rejected.</summary>
    public string File { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
