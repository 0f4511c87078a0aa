import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import type { FieldChanges, NewFieldInput, SetupField, SetupLayout, SetupRecordPage } from './setup-types';

const enc = encodeURIComponent;
const SETUP = '/api/setup';

/** The Setup API: every call resolves to its body or rejects with an ApiError, like ApiClient. */
@Injectable({ providedIn: 'root' })
export class SetupApiService {
  private readonly http = inject(HttpClient);

  objects(): Promise<Schemas['SetupObjectSummary'][]> {
    return this.send(this.http.get<Schemas['SetupObjectSummary'][]>(`${SETUP}/objects`));
  }

  fieldTypes(): Promise<Schemas['FieldTypeOption'][]> {
    return this.send(this.http.get<Schemas['FieldTypeOption'][]>(`${SETUP}/field-types`));
  }

  createField(object: string, field: NewFieldInput): Promise<SetupField> {
    return this.send(this.http.post<SetupField>(`${SETUP}/objects/${enc(object)}/fields`, field));
  }

  updateField(object: string, field: string, changes: FieldChanges): Promise<SetupField> {
    return this.send(this.http.patch<SetupField>(`${SETUP}/objects/${enc(object)}/fields/${enc(field)}`, changes));
  }

  deleteField(object: string, field: string): Promise<void> {
    return this.send(this.http.delete<void>(`${SETUP}/objects/${enc(object)}/fields/${enc(field)}`));
  }

  createRule(object: string, rule: Schemas['ValidationRuleRequest']): Promise<Schemas['SetupValidationRule']> {
    return this.send(this.http.post<Schemas['SetupValidationRule']>(`${SETUP}/objects/${enc(object)}/validation-rules`, rule));
  }

  updateRule(object: string, rule: string, changes: Schemas['ValidationRuleChangeRequest']): Promise<Schemas['SetupValidationRule']> {
    return this.send(
      this.http.patch<Schemas['SetupValidationRule']>(`${SETUP}/objects/${enc(object)}/validation-rules/${enc(rule)}`, changes),
    );
  }

  deleteRule(object: string, rule: string): Promise<void> {
    return this.send(this.http.delete<void>(`${SETUP}/objects/${enc(object)}/validation-rules/${enc(rule)}`));
  }

  saveLayout(object: string, layout: string, body: Schemas['LayoutRequest']): Promise<SetupLayout> {
    return this.send(this.http.put<SetupLayout>(`${SETUP}/objects/${enc(object)}/layouts/${enc(layout)}`, body));
  }

  saveLayoutAssignments(object: string, body: Schemas['LayoutAssignmentsRequest']): Promise<Schemas['SetupLayoutAssignment'][]> {
    return this.send(this.http.put<Schemas['SetupLayoutAssignment'][]>(`${SETUP}/objects/${enc(object)}/layout-assignments`, body));
  }

  resetLayout(object: string, layout: string): Promise<void> {
    return this.send(this.http.delete<void>(`${SETUP}/objects/${enc(object)}/layouts/${enc(layout)}`));
  }

  saveRecordPage(object: string, page: string, body: Schemas['RecordPageRequest']): Promise<SetupRecordPage> {
    return this.send(this.http.put<SetupRecordPage>(`${SETUP}/objects/${enc(object)}/record-pages/${enc(page)}`, body));
  }

  resetRecordPage(object: string, page: string): Promise<void> {
    return this.send(this.http.delete<void>(`${SETUP}/objects/${enc(object)}/record-pages/${enc(page)}`));
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call, { defaultValue: undefined as T });
    } catch (error) {
      throw toApiError(error);
    }
  }
}
