using System.Collections.Immutable;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Ownership;

/// <summary>
/// Imports an ownership file in one transaction: every good row stores its holding (a new version when the pair's holding changed),
/// each free party is screened by name at the default threshold and linked to its best hit, bad rows are reported by line, and one
/// <c>ownership.imported</c> audit row records the import. A crash part way leaves the store as it was.
/// </summary>
public sealed class OwnershipImporter(IOwnershipStore store, ScreeningService screening, TimeProvider time)
{
    /// <summary>The most refused rows an import result lists; the count covers them all.</summary>
    public const int MaxErrorsKept = 1000;

    public async Task<OwnershipImportResult> ImportAsync(
        Stream input, PartyFileFormat format, string? fileName, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Importing ownership");
        if (!screening.IsReady)
        {
            throw new InvalidOperationException("No lists are loaded yet: import lists first (snapback lists import).");
        }

        long inserted = 0, updated = 0, unchanged = 0, rejected = 0;
        var errors = ImmutableArray.CreateBuilder<OwnershipRowError>();
        var parties = new Dictionary<string, OwnershipParty>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        await using var session = await store.BeginAsync(cancellationToken);
        var importId = await session.InsertImportAsync(fileName, now, actor, cancellationToken);
        await foreach (var row in OwnershipFileReader.ReadAsync(input, format, cancellationToken))
        {
            if (row.Error is not null)
            {
                rejected++;
                if (errors.Count < MaxErrorsKept)
                {
                    errors.Add(new OwnershipRowError(row.Line, row.Error));
                }

                continue;
            }

            foreach (var party in new[] { row.Owner!, row.Owned! })
            {
                if (party.IsFree && !parties.ContainsKey(party.Id))
                {
                    var linked = Link(party, importId);
                    parties.Add(party.Id, linked);
                    await session.SavePartyAsync(linked, cancellationToken);
                }
            }

            switch (await session.SaveEdgeAsync(importId, row.Edge!, cancellationToken))
            {
                case EdgeWrite.Inserted: inserted++; break;
                case EdgeWrite.Updated: updated++; break;
                default: unchanged++; break;
            }
        }

        var linkedParties = parties.Values.OrderBy(static p => p.Id, StringComparer.Ordinal).ToImmutableArray();
        var audit = await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.OwnershipImported, "file:" + (fileName ?? "(stream)"),
            new
            {
                import_id = importId,
                inserted,
                updated,
                unchanged,
                rejected,
                parties = linkedParties.Select(static p => new { id = p.Id, entity_id = p.Hit?.EntityId, score = p.Hit?.Score }),
            }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new OwnershipImportResult(importId, inserted, updated, unchanged, rejected, errors.ToImmutable(), linkedParties, audit.Seq);
    }

    private OwnershipParty Link(OwnershipPartyRef party, long importId)
    {
        var result = screening.Screen(new PartyRequest(party.Id, party.Name, Country: party.Country), threshold: null, maxHits: 1);
        return new OwnershipParty(party.Id, party.Name!, party.Country, result.Hits.Count > 0 ? result.Hits[0] : null, importId);
    }
}
