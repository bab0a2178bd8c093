using ItaBot.Bot.Documents;
using ItaBot.Core.Approvals;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Web;

/// <summary><c>GET /documents/{token}/{name}</c>: a document drawn as the data stands now, by a link <see cref="DocumentLinks"/> made.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentLinks.Route, ServeAsync);
        return endpoints;
    }

    // A link not made here, or expired, gets the same 404 as one that never existed.
    // A draft going up the chain opens only for the people in the chain, while they are still linked.
    private static async Task<IResult> ServeAsync(string token, DocumentLinks links, DocumentMaker maker, ApprovalDesk approvals, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } request
            || (request.Submitted && (request is not { For: int person, Months: int months } || !await approvals.InChainAsync(request.FiscalYear, months, person, cancellationToken))))
        {
            return Results.NotFound();
        }

        try
        {
            return Results.File(await maker.MakeAsync(request, cancellationToken), request.ContentType, request.FileName);
        }
        catch (ReportException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
