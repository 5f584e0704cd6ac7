using Microsoft.AspNetCore.Http.HttpResults;

namespace Snapback.Api.Problems;

/// <summary>A request value that is wrong, naming the field, so the API answers a 400 problem and the UI shows it by the field.</summary>
public sealed class FieldException : Exception
{
    public FieldException(string field, string message)
        : base(message) => Field = field;

    public FieldException()
        : this("body", "invalid request")
    {
    }

    public FieldException(string message)
        : this("body", message)
    {
    }

    public FieldException(string message, Exception innerException)
        : base(message, innerException) => Field = "body";

    /// <summary>The request field, as the client wrote it (<c>as_of</c>, <c>from</c>, <c>parties[3].name</c>).</summary>
    public string Field { get; }

    /// <summary>The problem's <c>errors</c> object: the field and its message.</summary>
    public Dictionary<string, string[]> Errors => new(StringComparer.Ordinal) { [Field] = [Message] };

    /// <summary>The 400 problem naming the field.</summary>
    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(Errors, detail: $"{Field}: {Message}");
}
