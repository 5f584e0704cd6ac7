namespace Snapback.Evaluation.Cyrillic;

/// <summary>The published systems for writing Cyrillic names in Latin letters.</summary>
public enum CyrillicSystem
{
    /// <summary>ISO 9:1995 (identical to GOST 7.79-2000 system A): one Latin letter, with diacritics, per Cyrillic letter.</summary>
    Iso9,

    /// <summary>GOST 7.79-2000 system B: letter combinations and the grave accent, no combining diacritics.</summary>
    Gost779B,

    /// <summary>BGN/PCGN 1947 for Russian (1965 Ukrainian, 1979 Belarusian), the geographic-names system of the US and UK.</summary>
    BgnPcgn,

    /// <summary>ALA-LC (Library of Congress) romanisation, with its tie bars.</summary>
    LibraryOfCongress,
}
