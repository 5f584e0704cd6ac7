namespace Snapback.Screening.Cases.Alerts;

/// <summary>What raised an alert.</summary>
public enum AlertKind
{
    /// <summary>The customer's name and details matched a listed entity.</summary>
    Name,

    /// <summary>The customer is blocked by ownership: owned (or controlled) by listed parties under the ownership rule.</summary>
    Ownership,
}
