namespace Snapback.Lists.Uk;

/// <summary>Column positions by header name, so both OFSI layouts (29 and 36 columns) read the same way.</summary>
internal sealed class OfsiHeader
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public OfsiHeader(string[] header)
    {
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

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
