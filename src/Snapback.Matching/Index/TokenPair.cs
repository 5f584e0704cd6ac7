namespace Snapback.Matching.Index;

/// <summary>A listed token (<see cref="TokenVocabulary.Tokens"/> index) that a query token pairs with, and how well.</summary>
internal readonly record struct TokenPair(int Token, float Similarity, bool ByInitial);
