package org.cspdesk.platform.web;

import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingRulesTest {

    @SuppressWarnings("unused")
    static final class Resource {
        public void list(@QueryParam("filter") String filter, @QueryParam("size") String size,
                         @QueryParam("continuationToken") String token) {
        }

        public void one(@QueryParam("entity_id") String id, @QueryParam("entity_Id") String dotNet) {
        }
    }

    @Test
    void aPagedListAlsoTakesPartnerCentersContinuationParameters() throws Exception {
        assertThat(DeclaredParameters.declared(Resource.class.getMethod("list", String.class, String.class, String.class)))
                .containsExactly("filter", "size", "continuationToken", "MS-ContinuationToken", "seekOperation");
        assertThat(DeclaredParameters.declared(Resource.class.getMethod("one", String.class, String.class)))
                .containsExactly("entity_id", "entity_Id");
    }

    @Test
    void anUnknownParameterIsNamedWithWhatTheEndpointTakes() throws Exception {
        var declared = DeclaredParameters.declared(Resource.class.getMethod("one", String.class, String.class));
        assertThat(DeclaredParameters.unknown("size", declared)).hasMessageContaining("'size'")
                .hasMessageContaining("entity_id, entity_Id")
                .extracting(p -> p.code()).isEqualTo("unknown_parameter");
        assertThat(DeclaredParameters.unknown("x", java.util.Set.of())).hasMessageContaining("takes no query parameters");
    }

    @Test
    void aQueryIsReadAsJaxRsDecodesItAndWrittenBackEncoded() {
        List<QueryParameters.Parameter> parameters = QueryParameters.parse("size=2&filter=%7B%22field%22%3A%22a+b%22%7D&flag&&x=%20");
        assertThat(parameters).containsExactly(new QueryParameters.Parameter("size", "2"),
                new QueryParameters.Parameter("filter", "{\"field\":\"a b\"}"), new QueryParameters.Parameter("flag", ""),
                new QueryParameters.Parameter("x", " "));
        assertThat(QueryParameters.format(parameters))
                .isEqualTo("size=2&filter=%7B%22field%22%3A%22a%20b%22%7D&flag=&x=%20");
        assertThat(QueryParameters.parse(QueryParameters.format(parameters))).isEqualTo(parameters);
        assertThatThrownBy(() -> QueryParameters.parse("size=%ZZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageIsNamedByItsPathUnderTheApiRoot() {
        URI base = URI.create("http://localhost:8080/v1/");
        assertThat(ContinuationRequests.path(base, URI.create("http://localhost:8080/v1/customers?size=1"))).isEqualTo("customers");
        assertThat(ContinuationRequests.path(base, URI.create("http://localhost:8080/v1/customers/a/users/"))).isEqualTo("customers/a/users");
    }
}
