using Snapback.Lists.Formats;

namespace Snapback.Lists.Ofac;

/// <summary>The files of one OFAC CSV publication: the primary file and where its siblings are looked for.</summary>
/// <param name="Prefix">"" for the SDN set (add.csv, alt.csv, sdn_comments.csv), "cons_" for the non-SDN set.</param>
internal sealed record OfacCsvSet(string Folder, string Primary, string Prefix, string Source)
{
    /// <summary>The sibling file "add", "alt" or "comments", or null when the set does not have it.</summary>
    public string? Sibling(string part) =>
        ListFile.Find(Folder, part == "comments" && Prefix.Length == 0 ? "sdn_comments.csv" : Prefix + part + ".csv");
}
