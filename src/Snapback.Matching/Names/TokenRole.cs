namespace Snapback.Matching.Names;

/// <summary>What a token contributes to identity, which sets its weight.</summary>
internal enum TokenRole
{
    /// <summary>A distinctive name part.</summary>
    Name,

    /// <summary>A connecting word (al, bin, de, van, of): almost no weight.</summary>
    Particle,

    /// <summary>A generic organisation word (trading, bank, group): low weight, never a match on its own.</summary>
    Generic,

    /// <summary>A single letter standing for a name part.</summary>
    Initial,

    /// <summary>Digits: must be equal when both names have them.</summary>
    Number,

    /// <summary>A patronymic (Vladimirovich): often missing from a query, so its absence costs little.</summary>
    Patronymic,
}
