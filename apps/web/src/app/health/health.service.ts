import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { ResponseBody } from '@platform/api-client';

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  getHealth(): Observable<ResponseBody<'HealthController_health'>> {
    return this.http.get<ResponseBody<'HealthController_health'>>('/api/health');
  }
}
