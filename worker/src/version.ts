/** The API version published in the OpenAPI document and in `X-Api-Version`. */
export const API_VERSION = '0.1.0';
