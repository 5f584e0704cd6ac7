using Microsoft.Extensions.Time.Testing;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Notifications;
using Snapback.Screening.Tests.Support;

namespace Snapback.Screening.Tests.Notifications;

public sealed class WebhookServiceTests : StoreTest
{
    private static readonly Actor Admin = new("k-ada", "ada", CaseRole.Admin);
    private static readonly Actor Bob = new("k-bob", "bob", CaseRole.Approver);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private WebhookService Service => new(Database.Store.Webhooks, clock);

    [Fact]
    public async Task Add_ByAdmin_ListsItWithoutItsSecretAndAuditsTheCreation()
    {
        var (webhook, secret) = await Service.AddAsync(
            "https://hooks.example.com/snapback", " alert.created , monitor.run.completed,alert.created", null, null, Admin, Ct);

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var listed = Assert.Single(await Service.ListAsync(Admin, Ct));
        Assert.Equal(webhook, listed);
        Assert.Equal("alert.created,monitor.run.completed", listed.Events);
        Assert.True(listed.Receives("monitor.run.completed"));
        Assert.False(listed.Receives("alert.updated"));

        var audit = await AuditAsync();
        var created = audit[^1];
        Assert.Equal(AuditActions.WebhookCreated, created.Action);
        Assert.Equal($"webhook:{webhook.Id}", created.Subject);
        Assert.Equal(created.Seq, webhook.Cursor);
        Assert.DoesNotContain(secret, created.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ByApprover_IsRefusedAndWritesNothing()
    {
        var refused = await Assert.ThrowsAsync<CaseRuleException>(() =>
            Service.AddAsync("https://hooks.example.com/", "*", null, null, Bob, Ct));

        Assert.Equal(CaseRule.RoleRequired, refused.Rule);
        Assert.Empty(await Service.ListAsync(Admin, Ct));
        Assert.Empty(await AuditAsync());
    }

    [Theory]
    [InlineData("ftp://hooks.example.com/", "*", null)]
    [InlineData("/relative", "*", null)]
    [InlineData("https://user:pw@hooks.example.com/", "*", null)]
    [InlineData("https://hooks.example.com/", " , ", null)]
    [InlineData("https://hooks.example.com/", "Alert Created", null)]
    [InlineData("https://hooks.example.com/", "*", "too-short")]
    public async Task Add_BadInput_IsRefusedWithAReasonAndWritesNothing(string url, string events, string? secret)
    {
        var refused = await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.AddAsync(url, events, secret, null, Admin, Ct));

        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Empty(await Service.ListAsync(Admin, Ct));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Add_FromSeqPastTheNextRow_IsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.AddAsync("https://hooks.example.com/", "*", null, 5, Admin, Ct));

        Assert.Empty(await Service.ListAsync(Admin, Ct));
    }

    [Fact]
    public async Task Remove_ActiveWebhook_LeavesTheListIsAuditedAndCannotBeRepeated()
    {
        var (webhook, _) = await Service.AddAsync("https://hooks.example.com/", "*", "a-shared-secret-of-some-length", null, Admin, Ct);

        Assert.True(await Service.RemoveAsync(webhook.Id, Admin, Ct));
        Assert.False(await Service.RemoveAsync(webhook.Id, Admin, Ct));

        Assert.Empty(await Service.ListAsync(Admin, Ct));
        Assert.False((await Service.GetAsync(webhook.Id, Admin, Ct))?.Active);
        Assert.Equal([AuditActions.WebhookCreated, AuditActions.WebhookRemoved], (await AuditAsync()).Select(e => e.Action));
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync()
    {
        await using var session = await Database.Store.Cases.BeginReadAsync(Ct);
        return await session.ReadAuditAsync(null, null, Ct).ToListAsync(Ct);
    }
}
