namespace Snapback.Screening.Monitoring;

/// <summary>What a monitoring run did to an alert.</summary>
public enum MonitorAlertAction
{
    Created,
    Updated,
    Closed,
}
