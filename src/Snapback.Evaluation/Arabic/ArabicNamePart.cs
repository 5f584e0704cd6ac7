namespace Snapback.Evaluation.Arabic;

/// <summary>One word of an Arabic name as read, with or without the article al- before it.</summary>
public readonly record struct ArabicNamePart(ArabicNameWord Word, bool Article);
