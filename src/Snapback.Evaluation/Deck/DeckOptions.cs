namespace Snapback.Evaluation.Deck;

/// <summary>How big a deck to make and from which seed.</summary>
/// <param name="Seed">The same entities and seed always give the same deck. The default value is 20260128.</param>
/// <param name="PerCategory">
/// Queries per category, half of them held out; fewer where the lists hold fewer fitting names. The default value is 400.
/// </param>
public sealed record DeckOptions(int Seed = DeckOptions.DefaultSeed, int PerCategory = DeckOptions.DefaultPerCategory)
{
    public const int DefaultSeed = 20260128;

    public const int DefaultPerCategory = 400;
}
