namespace Snapback.Lists.Formats;

/// <summary>
/// Column positions by header name, so CSV layouts (OFSI 29 and 36 columns, FCDO 58, the CSL 29) are read by name, not position.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public CsvColumns(string[] header)
    {
        Count = header.Length;
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    /// <summary>How many columns the header has.</summary>
    public int Count { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? Get(string[] row, string column)
    {
        if (!_columns.TryGetValue(column, out var i) || i >= row.Length)
        {
            return null;
        }

        var value = row[i].Trim();
        return value.Length > 0 ? value : null;
    }
}
