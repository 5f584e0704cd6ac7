namespace Snapback.Throughput;

/// <summary>A Markdown table written row by row.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", headers) + " |");
        output.WriteLine("|" + string.Concat(headers.Select(static (_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row) + " |");
        }

        output.WriteLine();
    }
}
