using System.CommandLine;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Cli.Hosting;

/// <summary>Who the command line acts as: the user named by <c>--as</c> or SNAPBACK_USER, with the role their key in the store holds.</summary>
internal static class CliActor
{
    public const string UserVariable = "SNAPBACK_USER";

    /// <summary>The named user's key as the actor; refuses when no user is named or the store holds no active key of that name.</summary>
    public static async Task<Actor> ResolveAsync(ParseResult parse, ICaseStore store, CancellationToken cancellationToken)
    {
        var name = Name(parse) ?? throw new ArgumentException(
            $"say who you are: --as NAME or {UserVariable}=NAME (the store's key of that name gives your role)");
        var key = await new KeyService(store, TimeProvider.System).FindActiveByNameAsync(name, cancellationToken)
            ?? throw new ArgumentException($"no active key named '{name}' in the store; an admin makes one: snapback keys create {name} --role analyst");
        return key.Actor;
    }

    /// <summary>
    /// Who imports or updates lists, as the audit trail records it: the named user's key (which must hold <paramref name="role"/>) when
    /// a user is named, else whoever can open the store, as for key commands.
    /// </summary>
    public static async Task<Actor> ListActorAsync(ParseResult parse, ICaseStore store, CaseRole role, string action, CancellationToken cancellationToken)
    {
        if (Name(parse) is null)
        {
            return Operator(parse);
        }

        var actor = await ResolveAsync(parse, store, cancellationToken);
        actor.Require(role, action);
        return actor;
    }

    /// <summary>
    /// Whoever runs key commands on the store directly: they can open the database, so they act as admin, recorded under their name
    /// (<c>--as</c>, else SNAPBACK_USER, else the system user).
    /// </summary>
    public static Actor Operator(ParseResult parse)
    {
        var name = Name(parse) ?? Environment.UserName;
        return new Actor("local:" + name, name, CaseRole.Admin);
    }

    private static string? Name(ParseResult parse) =>
        parse.GetValue(CliOptions.As) is { Length: > 0 } given ? given.Trim()
        : Environment.GetEnvironmentVariable(UserVariable) is { Length: > 0 } configured ? configured.Trim()
        : null;
}
