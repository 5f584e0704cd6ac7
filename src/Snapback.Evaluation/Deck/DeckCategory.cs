namespace Snapback.Evaluation.Deck;

/// <summary>One kind of query in the deck.</summary>
/// <param name="Name">Snake-case name, as reports show it.</param>
/// <param name="Positive">True when each query must find the entity it was made from; false for names on no list.</param>
/// <param name="Withheld">True when the entity's names in other scripts are taken out of the screened lists for this query.</param>
/// <param name="Description">What the queries are, in one line.</param>
public sealed record DeckCategory(string Name, bool Positive, bool Withheld, string Description);
