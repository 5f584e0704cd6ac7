using Microsoft.AspNetCore.Http.Metadata;

namespace Snapback.Api.Apis;

/// <summary>Per-endpoint request body limit, applied by routing before the body is read; a larger body gets a 413 problem.</summary>
internal sealed class BodyLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxBytes;
}
