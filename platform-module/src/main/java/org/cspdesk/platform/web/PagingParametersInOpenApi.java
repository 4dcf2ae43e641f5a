package org.cspdesk.platform.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * Keeps {@code /openapi} complete: every paged list (an operation with a {@code continuationToken} query
 * parameter) also takes the token as Partner Center sends it, which {@link ContinuationRequests} reads for
 * every list at once and no resource method declares. Named in {@code mp.openapi.filter}.
 */
public class PagingParametersInOpenApi implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.stream().noneMatch(p -> p.getIn() == Parameter.In.QUERY
                && ContinuationRequests.TOKEN_PARAMETER.equals(p.getName()))) {
            return operation;
        }
        operation.addParameter(parameter(ContinuationRequests.PARTNER_CENTER_TOKEN, Parameter.In.HEADER,
                "The continuationToken of the page before, as Partner Center's clients send it "
                        + "(links.next.headers), with seekOperation=Next."));
        operation.addParameter(parameter(ContinuationRequests.PARTNER_CENTER_TOKEN, Parameter.In.QUERY,
                "The continuationToken of the page before, as a query parameter (Partner Center's Java SDK)."));
        operation.addParameter(parameter(ContinuationRequests.SEEK_OPERATION, Parameter.In.QUERY,
                "Next (any case), with a token: the next page. Parameters left out are the first page's."));
        return operation;
    }

    private static Parameter parameter(String name, Parameter.In in, String description) {
        return OASFactory.createParameter().name(name).in(in).required(false).description(description)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }
}
