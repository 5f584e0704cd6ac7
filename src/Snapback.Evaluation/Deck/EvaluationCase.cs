namespace Snapback.Evaluation.Deck;

/// <summary>One query of the deck.</summary>
/// <param name="Category">The <see cref="DeckCategory.Name"/>.</param>
/// <param name="Query">The name screened.</param>
/// <param name="ExpectedId">The entity the query was made from and must find; null for a name on no list.</param>
/// <param name="Source">The listed name the query was made from; null for a name on no list.</param>
/// <param name="Tuning">True in the half the threshold is chosen on, false in the held-out half it is reported on.</param>
public sealed record EvaluationCase(string Category, string Query, string? ExpectedId, string? Source, bool Tuning)
{
    public bool IsPositive => ExpectedId is not null;
}
