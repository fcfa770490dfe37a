package ru.opora.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}: its title and version, the two ways to sign a call
 * (HTTP Basic for a person's account, a bearer token for a service), and the errors every
 * endpoint can answer, each a problem document (RFC 9457) with the reason in Russian.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Неверный параметр или идентификатор",
            "401", "Нет учётных данных, пароль неверен, токен истёк или отозван",
            "403", "Нет прав на это действие или школа вне области видимости; или пароль нужно сменить",
            "404", "Нет такого объекта (или он не ваш — например, чужое фоновое задание)");

    @Bean
    OpenAPI oporaOpenApi() {
        var problem = new ObjectSchema()
                .description("Описание ошибки (RFC 9457): status — код, detail — причина по-русски")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
        return new OpenAPI()
                .info(new Info()
                        .title("Opora API")
                        .version("v1")
                        .description("Данные Опоры для сервисов региона: реестр, результаты, выявление ШНОР, риски,"
                                + " сопровождение, документы и мероприятия. Те же роли и та же область видимости,"
                                + " что на страницах. Загрузки файлов — фоновые задания: ответ 202 и адрес задания"
                                + " в заголовке Location; состояние — GET /api/v1/jobs/{id}. Списки школ отдаются"
                                + " страницами по 50 строк (параметр page)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Логин и пароль учётной записи"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Токен API (opora_…), выданный администратором региона"))
                        .addSchemas("Problem", problem))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Every operation may be refused: the common answers, with what each means here. */
    @Bean
    OpenApiCustomizer commonErrors() {
        return api -> api.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(op -> ERRORS.forEach((code, text) -> {
                            if (op.getResponses().containsKey(code)) return;
                            Schema<?> ref = new Schema<>().$ref(PROBLEM);
                            var content =
                                    new Content().addMediaType("application/problem+json", new MediaType().schema(ref));
                            op.getResponses()
                                    .addApiResponse(
                                            code,
                                            new ApiResponse().description(text).content(content));
                        })));
    }
}
