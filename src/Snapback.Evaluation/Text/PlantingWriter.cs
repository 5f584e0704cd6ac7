using System.Globalization;
using System.Text;

namespace Snapback.Evaluation.Text;

/// <summary>Builds one text sentence by sentence, keeping the span of every planted name.</summary>
internal sealed class PlantingWriter
{
    private readonly StringBuilder text = new();
    private readonly List<PlantedName> planted = [];

    public int Length => text.Length;

    public void Append(string piece) => text.Append(piece);

    /// <summary>Writes <paramref name="template"/> with <paramref name="name"/> at <c>{0}</c> (and the optional extra values at {1}, {2}).</summary>
    public void Sentence(string template, string? name, string entityId, string how, string suffix = "", params string[] extra)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        var before = Fill(at < 0 ? template : template[..at], extra);
        text.Append(before);
        if (at < 0 || name is null)
        {
            return;
        }

        var start = text.Length;
        text.Append(name);
        planted.Add(new PlantedName(start, text.Length, entityId, how));
        text.Append(suffix).Append(Fill(template[(at + 3)..], extra));
    }

    /// <summary>Several names joined as a list ("A, B and C") at <c>{0}</c>.</summary>
    public void List(string template, IReadOnlyList<(string Name, string EntityId)> names, string how)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        text.Append(template[..at]);
        for (var i = 0; i < names.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == names.Count - 1 ? " and " : ", ");
            var start = text.Length;
            text.Append(names[i].Name);
            planted.Add(new PlantedName(start, text.Length, names[i].EntityId, how));
        }

        text.Append(template[(at + 3)..]);
    }

    public TextCase Build(string id, string style) => new(id, style, text.ToString(), [.. planted]);

    private static string Fill(string piece, string[] extra) =>
        extra.Length == 0 ? piece : string.Format(CultureInfo.InvariantCulture, piece, ["", .. extra]);
}
