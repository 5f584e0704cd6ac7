namespace Snapback.Evaluation.Keyboard;

/// <summary>The letter keys of a US QWERTY keyboard and which keys touch which, the way a finger slips.</summary>
public static class QwertyLayout
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly Dictionary<char, string> Adjacent = Build();

    /// <summary>The letters whose keys touch the key of <paramref name="letter"/> (lower case); empty for a non-letter.</summary>
    public static string Neighbours(char letter) =>
        Adjacent.TryGetValue(char.ToLowerInvariant(letter), out var keys) ? keys : string.Empty;

    // Each row sits half a key to the right of the row above it, so the key in column c of a row touches columns c and c+1
    // of the row above and columns c-1 and c of the row below.
    private static Dictionary<char, string> Build()
    {
        var adjacent = new Dictionary<char, string>();
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var column = 0; column < Rows[row].Length; column++)
            {
                var keys = new List<char>();
                Add(keys, row, column - 1);
                Add(keys, row, column + 1);
                Add(keys, row - 1, column);
                Add(keys, row - 1, column + 1);
                Add(keys, row + 1, column - 1);
                Add(keys, row + 1, column);
                adjacent[Rows[row][column]] = new string([.. keys]);
            }
        }

        return adjacent;
    }

    private static void Add(List<char> keys, int row, int column)
    {
        if (row >= 0 && row < Rows.Length && column >= 0 && column < Rows[row].Length)
        {
            keys.Add(Rows[row][column]);
        }
    }
}
