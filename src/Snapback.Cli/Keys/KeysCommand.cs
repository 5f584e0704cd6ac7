using System.CommandLine;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;

namespace Snapback.Cli.Keys;

/// <summary><c>snapback keys create|list|revoke</c>: keys and their roles, in the store, for the API, the UI and <c>--as</c>.</summary>
internal static class KeysCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "Who the key is for" };
    private static readonly Argument<string> Id = new("id") { Description = "The key's id" };
    private static readonly Option<string> Role = new("--role")
    {
        Description = "viewer, analyst, approver or admin",
        Required = true,
    };

    public static Command Create()
    {
        var create = new Command("create", "Make a key; its secret is printed once") { Name, Role };
        create.SetAction(CreateAsync);
        var list = new Command("list", "Every key, revoked ones included") { CliOptions.Json };
        list.SetAction(ListAsync);
        var revoke = new Command("revoke", "Revoke a key") { Id };
        revoke.SetAction(RevokeAsync);
        return new Command("keys", "Keys and their roles (viewer < analyst < approver < admin)") { create, list, revoke };
    }

    private static async Task<int> CreateAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var role = CaseRoles.Parse(parse.GetValue(Role)) ?? throw new ArgumentException("--role: expected viewer, analyst, approver or admin");
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var (key, secret) = await new KeyService(store.Cases, TimeProvider.System).CreateAsync(parse.GetValue(Name)!, role, CliActor.Operator(parse), cancellationToken);
        Console.WriteLine($"key {key.Id} '{key.Name}' ({CaseRoles.Name(key.Role)})");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var keys = await new KeyService(store.Cases, TimeProvider.System).ListAsync(cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(keys);
            return 0;
        }

        foreach (var key in keys)
        {
            Console.WriteLine($"{key.Id}  {CaseRoles.Name(key.Role),-8}  {key.Name}{(key.RevokedAt is { } revoked ? $"  (revoked {revoked:yyyy-MM-dd})" : "")}");
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        var revoked = await new KeyService(store.Cases, TimeProvider.System).RevokeAsync(parse.GetValue(Id)!, CliActor.Operator(parse), cancellationToken);
        Console.WriteLine(revoked ? "revoked" : "no active key with that id");
        return revoked ? 0 : 1;
    }
}
