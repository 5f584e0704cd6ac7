namespace Snapback.Api.Problems;

/// <summary>Reads the screening layer's error text (<c>"birth_date: 'x' is not YYYY-MM-DD"</c>) as a field and a message.</summary>
internal static class ScreenErrors
{
    /// <summary>The field the error names (with <paramref name="prefix"/> before it), and the message after the colon.</summary>
    public static FieldException ToField(string error, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var colon = error.IndexOf(':', StringComparison.Ordinal);
        var field = colon > 0 && !error[..colon].Contains(' ', StringComparison.Ordinal) ? error[..colon] : "body";
        var message = colon > 0 && field != "body" ? error[(colon + 1)..].Trim() : error;
        return new FieldException(prefix + field, message);
    }
}
